// Conformance case 'unit-core-tokens': aws-cdk's core tokens.test.ts, what ccdk's public API
// expresses (Lazy.string / Lazy.any for its Intrinsic tokens, Token.asString / asList, Fn.select /
// Fn.join, tokens in object keys): tokens anywhere in the tree and recursively, empty lists and
// objects kept (a list of undefined values emptied), constant tokens (number, string, list), a
// token in a string (string, number, object, Ref; first, last, side by side; doubly nested), tokens
// as object keys (nested, concatenated), 'Function passed to Lazy.string() is only evaluated once'
// (a counter used three times: 1 everywhere), list tokens in a property, in Fn.select and in Fn.join
// (also stringified), a number token in a string, type coercion of string tokens.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const any = (v) => cdk.Lazy.any({ produce: () => v });
const str = (v) => cdk.Lazy.string({ produce: () => v });
const promise2 = () => ({ Data: { stringProp: 'hello', numberProp: 1234 }, Recurse: any(42) });
let counter = 0;
const counted = cdk.Lazy.string({ produce: () => `${++counter}` });
const other = cdk.Token.asList(any({ Ref: 'Other' }));
const woof = cdk.Token.asString(any({ woof: 'woof' }));
const world = str('world');
const inner = str('toot');
new cdk.CfnResource(stack, 'Res', {
  type: 'My::Resource',
  properties: {
    Obj: any([any(promise2()), any(promise2())]),
    Recursive: any({ Obj: any([promise2()]) }),
    Empty: { Prop1: 1234, Prop2: {}, Prop3: [], Prop5: { PropA: {}, PropB: { PropC: [any(undefined), any(undefined)], PropD: 'Yoohoo' } } },
    Constants: [any(12), any('hello'), any(['hi', 'there'])],
    Dog: `The dog says: ${str('woof woof')}`,
    DogObject: `The dog says: ${woof}`,
    Doubly: str(`hello ${world}`),
    Number: `the number is ${cdk.Token.asString(any(1))}`,
    Bucket: `my bucket is named ${cdk.Token.asString(any({ Ref: 'MyBucket' }))}`,
    Initial: `${str('Hello')} world`,
    SideBySide: `${str('Hello ')}${cdk.Token.asString(any('world'))}`,
    Keys: {
      [str('I am a string')]: `boom ${str('I am a string')}`,
      [str(str('nested string'))]: 'nested',
      [str(`${inner} the woot`)]: 'boom chicago',
    },
    Counted: [counted, counted, `->${counted}`],
    ListToken: other,
    Select: cdk.Fn.select(1, other),
    Join: cdk.Fn.join('/', other),
    JoinString: cdk.Fn.join('/', other).toString(),
    Answer: `the answer is: ${cdk.Token.asString(any(86))}`,
    Coerced: [cdk.Token.asString(any(cdk.Token.asString(any('a string')))), cdk.Token.asList(any(cdk.Token.asString(any('a string'))))],
  },
});
app.synth();
