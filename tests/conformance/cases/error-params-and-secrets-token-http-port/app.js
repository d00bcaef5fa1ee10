// Conformance case 'error-params-and-secrets-token-http-port': error: paramsAndSecrets with httpPort a number token (a Number
// parameter's valueAsNumber): aws-cdk-lib's range check tests no isUnresolved(), and a number token is
// a huge negative double, so it always fails. (Its digits count the tokens of the process from a
// random start: the exception file declares ccdk's message.)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const param = new cdk.CfnParameter(stack, 'Param', { type: 'Number' });
new lambda.Function(stack, 'Function', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn(
    'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4',
    { httpPort: param.valueAsNumber }),
});

app.synth();
