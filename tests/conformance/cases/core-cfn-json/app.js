// Conformance case 'core-cfn-json': CfnJson (core/test/cfn-json.test.ts), a stack per test
'use strict';
const cdk = require('aws-cdk-lib');
const { CfnJson, CfnResource, CfnOutput, Lazy, Token } = cdk;

const app = new cdk.App();

// T1: resolves to a fn::getatt; the input is stringified
{
  const stack = new cdk.Stack(app, 'T1');
  const json = new CfnJson(stack, 'MyCfnJson', { value: { hello: 1234, world: { bar: 1234 } } });
  new CfnOutput(stack, 'Value', { value: Token.asString(json) });
}
// T2: tokens and intrinsics can be used freely in keys or values
{
  const stack = new cdk.Stack(app, 'T2');
  const other = new CfnResource(stack, 'Other', { type: 'MyResource' });
  new CfnJson(stack, 'MyCfnJson', {
    value: { [other.ref]: 1234, world: { bar: `this is a ${Lazy.string({ produce: () => 'I am lazy' })}` } },
  });
}
// T3: two CfnJsons (one inside a construct) share the stack's provider; the value as an object
// where a property takes one
{
  const stack = new cdk.Stack(app, 'T3');
  const group = new (require('constructs').Construct)(stack, 'Group');
  const other = new CfnResource(stack, 'Other', { type: 'MyResource' });
  const a = new CfnJson(stack, 'A', { value: { [`${other.getAtt('Url')}:aud`]: 'sts.amazonaws.com' } });
  const b = new CfnJson(group, 'B', { value: ['x', other.ref] });
  new CfnResource(stack, 'User', { type: 'AWS::Banana', properties: { Conditions: { StringEquals: a }, List: b.value } });
}

app.synth();
