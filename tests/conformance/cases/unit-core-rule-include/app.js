// Conformance case 'unit-core-rule-include': aws-cdk's core rule.test.ts (a CfnRule with two
// assertions added, two empty rules) and include.test.ts (a template embedded as it is, next to
// elements made in code, and two includes whose Descriptions are joined), a stack per test, plus
// a rule with a ruleCondition and assertions given as props, with lower-case keys in a condition
// (capitalizePropertyNames reaches them), and includes merging Transforms and equal template
// format versions.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Rule1');
  const rule = new cdk.CfnRule(stack, 'MyRule');
  rule.addAssertion(cdk.Fn.conditionEquals('lhs', 'rhs'), 'lhs equals rhs');
  rule.addAssertion(cdk.Fn.conditionNot(cdk.Fn.conditionAnd(cdk.Fn.conditionContains(['hello', 'world'], 'world'))), 'some assertion');
}
{
  const stack = new cdk.Stack(app, 'Rule2');
  new cdk.CfnRule(stack, 'Rule1');
  new cdk.CfnRule(stack, 'Rule2');
}
{
  const stack = new cdk.Stack(app, 'Rule3');
  const param = new cdk.CfnParameter(stack, 'Env', { type: 'String' });
  const rule = new cdk.CfnRule(stack, 'Props', {
    ruleCondition: cdk.Fn.conditionEquals(param.valueAsString, 'prod'),
    assertions: [
      { assert: cdk.Fn.conditionEquals({ lowerKey: 'x' }, 'y'), assertDescription: 'nested keys' },
      { assert: cdk.Fn.conditionContains(['a'], 'a') },
    ],
  });
  rule.addAssertion(cdk.Fn.conditionNot(cdk.Fn.conditionEquals(cdk.Aws.REGION, 'us-east-1')), 'not us-east-1');
  new cdk.CfnRule(stack, 'Empty', { assertions: [] });
  const nested = new cdk.CfnRule(new cdk.CfnResource(stack, 'Res', { type: 'AWS::CloudFormation::WaitConditionHandle' }), 'Nested');
  nested.addAssertion(cdk.Fn.conditionEquals('a', 'a'), undefined);
}
const template = () => ({
  Parameters: { MyParam: { Type: 'String', Default: 'Hello' } },
  Resources: {
    MyResource1: { Type: 'ResourceType1', Properties: { P1: 1, P2: 2 } },
    MyResource2: { Type: 'ResourceType2' },
  },
});
{
  const stack = new cdk.Stack(app, 'Include1');
  new cdk.CfnInclude(stack, 'T1', { template: template() });
}
{
  const stack = new cdk.Stack(app, 'Include2');
  new cdk.CfnInclude(stack, 'T1', { template: template() });
  new cdk.CfnResource(stack, 'MyResource3', { type: 'ResourceType3', properties: { P3: 'Hello' } });
  new cdk.CfnOutput(stack, 'MyOutput', { description: 'Out!', value: 'hey' });
  new cdk.CfnParameter(stack, 'MyParam2', { type: 'Integer' });
}
{
  const stack = new cdk.Stack(app, 'Include3');
  new cdk.CfnInclude(stack, 'T1', { template: { AWSTemplateFormatVersion: '2010-09-09', Description: 'Test 1' } });
  new cdk.CfnInclude(stack, 'T2', { template: { AWSTemplateFormatVersion: '2010-09-09', Description: 'Test 2' } });
}
{
  const stack = new cdk.Stack(app, 'Include4', { description: 'From the stack' });
  stack.addTransform('AWS::Serverless-2016-10-31');
  const bucket = new cdk.CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket' });
  new cdk.CfnInclude(stack, 'T1', {
    template: {
      Description: 'Included',
      Transform: ['AWS::LanguageExtensions', 'AWS::Serverless-2016-10-31'],
      Outputs: { BucketName: { Value: bucket.ref } },
      Conditions: { IsProd: { 'Fn::Equals': ['a', 'b'] } },
    },
  });
  new cdk.CfnInclude(stack, 'T2', { template: { Transform: 'AWS::Include', Mappings: { M: { k: { v: 1 } } } } });
  new cdk.CfnOutput(stack, 'After', { value: 'x' });
}
app.synth();
