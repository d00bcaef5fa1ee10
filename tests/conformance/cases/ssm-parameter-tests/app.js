// Conformance case 'ssm-parameter-tests': aws-cdk's parameter.test.ts, the tests no other case
// ports, a stack per test: the rendering of parameter ARNs (imports and new parameters, path and
// simple names, a token name with simpleName), a token name's separator given by simpleName, a
// version from a token (String and SecureString imports), dynamic references for a name with an
// intrinsic and for forceDynamicReference, imports whose value is never read (no CfnParameter),
// dataType and the deprecated type STRING.
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
// the values go into a resource's properties, one per stack
const values = (stack, properties) => new cdk.CfnResource(stack, 'Values', { type: 'CDK::Phony::Values', properties });

// 'rendering of parameter arns'
{
  const stack = new cdk.Stack(app, 'T1');
  const param = new cdk.CfnParameter(stack, 'param');
  let i = 0;
  const arns = [
    ssm.StringParameter.fromStringParameterName(stack, `p${i++}`, 'bam'),
    ssm.StringParameter.fromStringParameterName(stack, `p${i++}`, '/bam'),
    ssm.StringParameter.fromStringParameterAttributes(stack, `p${i++}`, { parameterName: 'bam' }),
    ssm.StringParameter.fromStringParameterAttributes(stack, `p${i++}`, { parameterName: '/bam' }),
    ssm.StringParameter.fromStringParameterAttributes(stack, `p${i++}`, { parameterName: param.valueAsString, simpleName: true }),
    ssm.StringParameter.fromSecureStringParameterAttributes(stack, `p${i++}`, { parameterName: 'bam', version: 10 }),
    ssm.StringParameter.fromSecureStringParameterAttributes(stack, `p${i++}`, { parameterName: '/bam', version: 10 }),
    ssm.StringParameter.fromSecureStringParameterAttributes(stack, `p${i++}`, { parameterName: param.valueAsString, version: 10, simpleName: false }),
    new ssm.StringParameter(stack, `p${i++}`, { stringValue: 'value' }),
    new ssm.StringParameter(stack, `p${i++}`, { parameterName: '/foo/bar', stringValue: 'hello' }),
    new ssm.StringParameter(stack, `p${i++}`, { parameterName: 'simple-name', stringValue: 'hello' }),
    new ssm.StringListParameter(stack, `p${i++}`, { stringListValue: ['hello', 'world'] }),
    new ssm.StringListParameter(stack, `p${i++}`, { parameterName: '/not/simple', stringListValue: ['hello', 'world'] }),
    new ssm.StringListParameter(stack, `p${i++}`, { parameterName: 'simple', stringListValue: ['hello', 'world'] }),
  ].map((p) => p.parameterArn);
  values(stack, { Arns: arns });
}
// 'if parameterName is a token separator must be specified'
{
  const stack = new cdk.Stack(app, 'T2');
  const param = new cdk.CfnParameter(stack, 'param');
  let i = 0;
  const p1 = new ssm.StringParameter(stack, `p${i++}`, { parameterName: param.valueAsString, stringValue: 'foo', simpleName: true });
  const p2 = new ssm.StringParameter(stack, `p${i++}`, { parameterName: param.valueAsString, stringValue: 'foo', simpleName: false });
  const p3 = new ssm.StringListParameter(stack, `p${i++}`, { parameterName: param.valueAsString, stringListValue: ['foo'], simpleName: false });
  values(stack, { Arns: [p1.parameterArn, p2.parameterArn, p3.parameterArn] });
}
// 'StringParameter.fromStringParameterAttributes with version from token',
// 'StringParameter.fromSecureStringParameterAttributes with version from token' (and without version)
{
  const stack = new cdk.Stack(app, 'T3');
  const version = new cdk.CfnParameter(stack, 'version', { type: 'Number' }).valueAsNumber;
  const a = ssm.StringParameter.fromStringParameterAttributes(stack, 'MyParamName', { parameterName: 'MyParamName', version });
  const b = ssm.StringParameter.fromSecureStringParameterAttributes(stack, 'Secure', { parameterName: 'MyParamName', version });
  const c = ssm.StringParameter.fromSecureStringParameterAttributes(stack, 'NoVersion', { parameterName: 'MyParamName' });
  const d = ssm.StringParameter.fromStringParameterAttributes(stack, 'Two', { parameterName: 'MyParamName', version: 2 });
  values(stack, {
    A: a.stringValue, AArn: a.parameterArn, AType: a.parameterType,
    B: b.stringValue, BType: b.parameterType, C: c.stringValue, D: d.stringValue,
  });
}
// 'When a parameter name contains a CFn intrinsic, use dynamic reference instead',
// 'When a parameter representation overridden, use dynamic reference'
{
  const stack = new cdk.Stack(app, 'T4');
  const param = ssm.StringParameter.fromStringParameterAttributes(stack, 'import-string-param1', {
    simpleName: true,
    parameterName: cdk.Fn.importValue('some-exported-value'),
  });
  new cdk.CfnOutput(stack, 'OutputParamValue', { value: param.stringValue });
  const paramA = new ssm.StringParameter(stack, 'StringParameter', { stringValue: 'Initial parameter value' });
  const paramB = ssm.StringParameter.fromStringParameterAttributes(stack, 'import-string-param', {
    simpleName: true,
    parameterName: paramA.parameterName,
    forceDynamicReference: true,
  });
  new cdk.CfnOutput(stack, 'OutputParamValueB', { value: paramB.stringValue });
}
// '... does not create a CfnParameter when stringValue is not read' (by name, by ARN, list attributes)
{
  const stack = new cdk.Stack(app, 'T5');
  const byName = ssm.StringParameter.fromStringParameterName(stack, 'MyParamName', 'MyParamName');
  const byArn = ssm.StringParameter.fromStringParameterArn(stack, 'ByArn', 'arn:aws:ssm:us-east-1:123456789012:parameter/dummyName');
  const list = ssm.StringListParameter.fromListParameterAttributes(stack, 'my-param-name', { parameterName: 'my-param-name' });
  values(stack, { Name: byName.parameterName, Arn: byArn.parameterArn, ListName: list.parameterName, ListArn: list.parameterArn });
}
// 'dataType can be specified', 'creating a String SSM Parameter' with the deprecated type STRING
{
  const stack = new cdk.Stack(app, 'T6');
  new ssm.StringParameter(stack, 'myParam', { stringValue: 'myValue', dataType: ssm.ParameterDataType.AWS_EC2_IMAGE });
  new ssm.StringParameter(stack, 'Parameter', {
    allowedPattern: '.*',
    description: 'The value Foo',
    parameterName: 'FooParameter',
    stringValue: 'Foo',
    type: ssm.ParameterType.STRING,
  });
}
// 'fromStringParameterAttributes returns correct value' (the deprecated type STRING), with
// AWS_EC2_IMAGE_ID, and 'fromStringParameterAttributes returns correct value with valueType'
{
  const stack = new cdk.Stack(app, 'T7');
  const a = ssm.StringParameter.fromStringParameterAttributes(stack, 'my-param-name', { parameterName: 'my-param-name', type: ssm.ParameterType.STRING });
  const b = ssm.StringParameter.fromStringParameterAttributes(stack, 'image', { parameterName: 'image-param', type: ssm.ParameterType.AWS_EC2_IMAGE_ID });
  const c = ssm.StringParameter.fromStringParameterAttributes(stack, 'typed', { parameterName: 'typed-param', valueType: ssm.ParameterValueType.STRING });
  values(stack, { A: a.stringValue, B: b.stringValue, C: c.stringValue });
}
app.synth();
