// Conformance case 'unit-function-b-misc'
// Upstream: aws-lambda/test/function.test.ts: describe('Recursive Loop') (TERMINATE, ALLOW, default),
// 'called twice for the same service principal but with different conditions', 'adds ADOT
// instrumentation to a ZIP Lambda function' and '... for instrumentation' (stacks in 111111111111 /
// us-west-2), describe('allowAllIpv6Outbound') 'allowAllIpv6Outbound set to true', 'function with
// tenancy config PER_TENANT', 'function without tenancy config has no tenancy properties', 'set
// ephemeral storage to desired size'.
// The conditional grants use a literal account for stack.account: aws-cdk-lib names each Permission
// 'Invoke' + a hash of JSON.stringify(principal, conditions), where an environment-agnostic
// stack.account is '${Token[AWS.AccountId.<n>]}', n counting every token the node process has made
// (it differs between this case's own contexts), which no other program can reproduce.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();

let stack = new cdk.Stack(app, 'RecursiveLoopTerminate');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.NODEJS_LATEST,
  recursiveLoop: lambda.RecursiveLoop.TERMINATE,
});
stack = new cdk.Stack(app, 'RecursiveLoopAllow');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.NODEJS_LATEST,
  recursiveLoop: lambda.RecursiveLoop.ALLOW,
});
stack = new cdk.Stack(app, 'RecursiveLoopDefault');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.NODEJS_LATEST,
});

stack = new cdk.Stack(app, 'GrantInvokeTwiceConditions');
const fn = new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromInline('xxx'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const service = 's3.amazonaws.com';
for (const sourceArn of ['arn:aws:s3:::bucket-a', 'arn:aws:s3:::bucket-b']) {
  fn.grantInvoke(new iam.PrincipalWithConditions(new iam.ServicePrincipal(service), {
    ArnLike: { 'aws:SourceArn': sourceArn },
    StringEquals: { 'aws:SourceAccount': '123456789012' },
  }));
}

stack = new cdk.Stack(app, 'AdotJava', { env: { account: '111111111111', region: 'us-west-2' } });
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.V1_32_0_1),
    execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
  },
});
stack = new cdk.Stack(app, 'AdotPython', { env: { account: '111111111111', region: 'us-west-2' } });
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.V1_29_0),
    execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
  },
});

stack = new cdk.Stack(app, 'AllowAllIpv6Outbound');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  allowAllIpv6Outbound: true,
  vpc: new ec2.Vpc(stack, 'Vpc'),
});

stack = new cdk.Stack(app, 'TenancyPerTenant');
new lambda.Function(stack, 'Lambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});
stack = new cdk.Stack(app, 'NoTenancy');
new lambda.Function(stack, 'Lambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});

stack = new cdk.Stack(app, 'EphemeralStorage');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.NODEJS_LATEST,
  ephemeralStorageSize: cdk.Size.mebibytes(1024),
});
app.synth();
