// Conformance case 'function-url-cors-empty-lists': FunctionUrl beside function-url.test.ts's tests: a
// CORS of nothing (the default AllowMethods), one of empty lists (written as []), allowCredentials false
// and a maxAge of exactly 86400 s; alias.addFunctionUrl with NONE and RESPONSE_STREAM on an alias with
// a 0-weight additional version.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const fn = new lambda.Function(stack, 'MyLambda', { code: new lambda.InlineCode('hello()'), handler: 'index.hello', runtime: lambda.Runtime.NODEJS_LATEST });
new lambda.FunctionUrl(stack, 'FunctionUrl', { function: fn, cors: {} });
new lambda.FunctionUrl(stack, 'FunctionUrl2', { function: fn, authType: lambda.FunctionUrlAuthType.NONE,
  cors: { maxAge: cdk.Duration.days(1), allowedMethods: [], allowedOrigins: [], allowedHeaders: [], exposedHeaders: ['x'], allowCredentials: false } });
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion, additionalVersions: [{ version: fn.currentVersion, weight: 0 }] });
alias.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE, invokeMode: lambda.InvokeMode.RESPONSE_STREAM });
app.synth();
