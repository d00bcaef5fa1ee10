// Conformance case 'unit-function-url'
// Upstream: aws-lambda/test/function-url.test.ts, its tests that synthesize, in one stack.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const newFn = (id, runtime) => new lambda.Function(stack, id, {
  code: new lambda.InlineCode('hello()'), handler: 'index.hello', runtime,
});

// 'default function url', 'grantInvokeUrl: adds appropriate permissions'
const fn = newFn('MyLambda', lambda.Runtime.NODEJS_14_X);
const fnUrl = new lambda.FunctionUrl(stack, 'FunctionUrl', { function: fn });
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('1234') });
fnUrl.grantInvokeUrl(role);

// 'all function url options'
const fn2 = newFn('OptionsLambda', lambda.Runtime.NODEJS_14_X);
new lambda.FunctionUrl(stack, 'OptionsUrl', {
  function: fn2,
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: {
    allowCredentials: true,
    allowedOrigins: ['https://example.com'],
    allowedMethods: [lambda.HttpMethod.GET],
    allowedHeaders: ['X-Custom-Header'],
    maxAge: cdk.Duration.seconds(300),
  },
});

// 'function url with alias'
const fn3 = newFn('AliasLambda', lambda.Runtime.NODEJS_14_X);
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn3.currentVersion });
new lambda.FunctionUrl(stack, 'AliasUrl', { function: alias });

// 'function url Invoke Mode', 'Invoke Mode add url'
const fn4 = newFn('StreamLambda', lambda.Runtime.NODEJS_18_X);
new lambda.FunctionUrl(stack, 'StreamUrl', { function: fn4, invokeMode: lambda.InvokeMode.RESPONSE_STREAM });
const fn5 = newFn('BufferedLambda', lambda.Runtime.NODEJS_18_X);
fn5.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE, invokeMode: lambda.InvokeMode.BUFFERED });

new cdk.CfnOutput(stack, 'Url', { value: fnUrl.url });
app.synth();
