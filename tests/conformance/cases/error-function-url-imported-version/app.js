// Conformance case 'error-function-url-imported-version'
// Upstream: none (function-url.test.ts 'throws when configured with Version' with an imported
// version: Version.fromVersionArn(...).addFunctionUrl()).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const version = lambda.Version.fromVersionArn(stack, 'Version', 'arn:aws:lambda:us-east-1:123456789012:function:fn-name:7');
version.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
app.synth();
