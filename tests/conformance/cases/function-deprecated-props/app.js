// Conformance case 'function-deprecated-props': the deprecated Function props `architectures` and
// `securityGroup`, and the IFunction.architecture getter (of a Function, Version, Alias, import)
// Ported from aws-cdk: function.test.ts ('Architecture is properly readable from the function',
// 'Only one of architecture or architectures', 'with securityGroup' ...)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const code = lambda.Code.fromInline('exports.handler = async () => "ok";');
// architectures: [ARM_64] writes Architectures, but fn.architecture stays X86_64 (and so does the
// Insights layer picked for it)
const viaList = new lambda.Function(stack, 'ViaList', {
  runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.handler', code,
  architectures: [lambda.Architecture.ARM_64],
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_119_0,
});
const viaProp = new lambda.Function(stack, 'ViaProp', {
  runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.handler', code,
  architecture: lambda.Architecture.ARM_64,
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_119_0,
});
const emptyList = new lambda.Function(stack, 'EmptyList', {
  runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.handler', code,
  architectures: [],
});
const version = new lambda.Version(stack, 'Version', { lambda: viaProp });
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'live', version });
const imported = lambda.Function.fromFunctionAttributes(stack, 'Imported', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:other',
  architecture: lambda.Architecture.ARM_64,
});
const importedPlain = lambda.Function.fromFunctionArn(stack, 'ImportedPlain', 'arn:aws:lambda:us-east-1:123456789012:function:plain');
new cdk.CfnOutput(stack, 'ViaListArch', { value: viaList.architecture.name });
new cdk.CfnOutput(stack, 'ViaPropArch', { value: viaProp.architecture.name });
new cdk.CfnOutput(stack, 'EmptyListArch', { value: emptyList.architecture.name });
new cdk.CfnOutput(stack, 'VersionArch', { value: version.architecture.name });
new cdk.CfnOutput(stack, 'AliasArch', { value: alias.architecture.name });
new cdk.CfnOutput(stack, 'ImportedArch', { value: imported.architecture.name });
new cdk.CfnOutput(stack, 'ImportedPlainArch', { value: importedPlain.architecture.name });

// securityGroup (singular): the function's only group
const vpc = new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
  maxAzs: 1,
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
});
const sg = new ec2.SecurityGroup(stack, 'FunctionSG', { vpc, allowAllOutbound: false });
const inVpc = new lambda.Function(stack, 'InVpc', {
  runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.handler', code,
  vpc,
  securityGroup: sg,
});
inVpc.connections.allowToAnyIpv4(ec2.Port.tcp(443), 'HTTPS out');

app.synth();
