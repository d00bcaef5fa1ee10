// aws-cdk-lib's twin of tests/tool/lint/app.c: `ccdk lint` reads aws-cdk-lib's assembly too (its
// metadata in <stack>.metadata.json).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LintStack');
const layer = new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromAsset(path.join(__dirname, '../layer')) });
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, '../node-handler')),
  layers: [layer],
  environment: { STAGE: 'test' },
});
fn.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST], allowedOrigins: ['https://example.com'], allowCredentials: true, maxAge: cdk.Duration.seconds(600) },
});
app.synth();
