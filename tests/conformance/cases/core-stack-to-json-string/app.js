// Conformance case 'core-stack-to-json-string': stack.toJsonString (core/test/cloudformation-json.test.ts), a stack per test
'use strict';
const cdk = require('aws-cdk-lib');
const { Fn, Lazy, Token, Aws, CfnOutput, CfnResource } = cdk;

const app = new cdk.App();
let n = 0;
const next = () => new cdk.Stack(app, `T${++n}`);
const out = (stack, id, value) => new CfnOutput(stack, id, { value });

// T1: JSONification of literals looks like JSON.stringify (compact and with an indent)
{
  const s = next();
  const structure = { undefinedProp: undefined, nestedObject: { prop1: undefined, prop2: 'abc', prop3: 42, prop4: [1, 2, 3] }, empty: {}, none: [], t: true, z: null };
  out(s, 'Compact', s.toJsonString(structure));
  out(s, 'Indent2', s.toJsonString(structure, 2));
  out(s, 'Indent4', s.toJsonString({ a: [1, { b: 'c' }] }, 4));
}
// T2: JSONification of undefined leads to undefined (the property is left out)
{
  const s = next();
  new CfnResource(s, 'R', { type: 'AWS::Banana', properties: { json: s.toJsonString(undefined), other: 'x' } });
}
// T3: string tokens can be JSONified; T4: and embedded
{
  const s = next();
  const tokens = [Lazy.string({ produce: () => 'woof woof' }), Lazy.any({ produce: () => 'woof woof' })];
  tokens.forEach((token, i) => {
    out(s, `Plain${i}`, s.toJsonString({ name: 'Fido', speaks: token }));
    out(s, `Deep${i}`, s.toJsonString({ name: 'Fido', speaks: `deep ${token}` }));
    out(s, `Ping${i}`, s.toJsonString(`ping? ${token}`));
  });
}
// T5: constant string has correct amount of quotes applied
{
  const s = next();
  out(s, 'Quoted', s.toJsonString('Hello, "world"'));
}
// T6: integer tokens; T7: a Lazy's list is not quoted; T8: a literal list
{
  const s = next();
  const num = Lazy.any({ produce: () => 1 });
  out(s, 'Embedded', s.toJsonString({ embedded: `the number is ${num}` }));
  out(s, 'Num', s.toJsonString({ num }));
  out(s, 'LazyList', s.toJsonString({ someList: Lazy.string({ produce: () => [1, 2, 3] }) }));
  out(s, 'LiteralList', s.toJsonString({ someList: Token.asList([1, 2, 3]) }));
  out(s, 'LazyObject', s.toJsonString({ o: Lazy.any({ produce: () => ({ a: 'b', c: [true, null] }) }) }, 2));
}
// T9: doubly nested strings; quoted strings in embedded JSON context are escaped
{
  const s = next();
  const fidoSays = Lazy.string({ produce: () => 'woof' });
  out(s, 'Nested', s.toJsonString({ information: `Did you know that Fido says: ${fidoSays}` }));
  const quoted = Lazy.string({ produce: () => '"woof"' });
  out(s, 'Quoted', s.toJsonString({ information: `Did you know that Fido says: ${quoted}` }));
}
// T10: intrinsic tokens embed correctly; fake intrinsics are serialized to objects
{
  const s = next();
  out(s, 'Bucket', s.toJsonString({ theBucket: Token.asString({ Ref: 'MyBucket' }) }));
  const fake = Token.asString({ a: { 'Fn::GetArtifactAtt': { key: 'val' } }, b: { 'Fn::GetParam': ['val1', 'val2'] } });
  out(s, 'Fake', s.toJsonString(fake));
}
// T11: embedded string literals in intrinsics are escaped (Fn.join, Fn.sub implicit and explicit)
{
  const s = next();
  const token = Fn.join('', ['Hello ', Token.asString({ Ref: 'Planet' }), ', this\nIs', 'Very "cool"']);
  out(s, 'Join', s.toJsonString({ literal: 'I can also "contain" quotes', token }));
  out(s, 'SubImplicit', s.toJsonString({ token: Fn.sub('I am in account "${AWS::AccountId}"') }));
  out(s, 'SubExplicit', s.toJsonString({
    token: Fn.sub('I am in account "${Acct}", also wanted to say: ${Also}', { Acct: Aws.ACCOUNT_ID, Also: '"hello world"' }),
  }));
  out(s, 'JoinComma', s.toJsonString({ list: Fn.join(',', ['a"', Aws.REGION]) }));
}
// T12: tokens in tokens; doubly nested intrinsics
{
  const s = next();
  const bucketName = Token.asString({ Ref: 'MyBucket' });
  out(s, 'Combined', s.toJsonString({ theBucket: Fn.join('', ['The bucket name is ', bucketName]) }));
  const fidoSays = Lazy.any({ produce: () => ({ Ref: 'Something' }) });
  out(s, 'LazyRef', s.toJsonString({ information: `Did you know that Fido says: ${fidoSays}` }));
  out(s, 'LazyRefAlone', s.toJsonString({ information: fidoSays }));
}
// T13: cross-stack references are also converted
{
  const s1 = next();
  const s2 = next();
  new CfnOutput(s2, 'Stack1Id', { value: s2.toJsonString({ Stack1Id: s1.stackId, Stack2Id: s2.stackId }) });
}
// T14: intrinsics in key position
{
  const s = next();
  const bucketName = Token.asString({ Ref: 'MyBucket' });
  out(s, 'Keys', s.toJsonString({ [bucketName]: 'Is Cool', [`${bucketName} Is`]: 'Cool' }));
  out(s, 'KeysIndent', s.toJsonString({ [bucketName]: { x: 1 }, plain: [bucketName] }, 2));
}
// T15: toJsonString() can be used recursively; JSON strings nested inside JSON strings
{
  const s = next();
  const bucketName = Token.asString({ Ref: 'MyBucket' });
  const embeddedJson = s.toJsonString({ message: `the bucket name is ${bucketName}` });
  out(s, 'Recursive', s.toJsonString({ embeddedJson }));
  const payload = s.toJsonString({ message: Fn.sub('I am in account "${AWS::AccountId}"') });
  out(s, 'Nested', s.toJsonString({ payload }));
}
// T16: references to resources, in a resource's property
{
  const s = next();
  const other = new CfnResource(s, 'Other', { type: 'AWS::Other' });
  new CfnResource(s, 'R', {
    type: 'AWS::Banana',
    properties: {
      json: s.toJsonString({ ref: other.ref, arn: other.getAtt('Arn').toString(), both: `${other.ref}/${other.getAtt('Arn')}`, region: Aws.REGION, n: 5 }, 2),
    },
  });
}

app.synth();
