// Conformance case 'webfunction-cross-env': a WebFunction's ARN used in a stack of another account and
// region (the ARN formatted from its generated name, no reference) and of the same environment (an
// export), and a named one's.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const home = new cdk.Stack(app, 'HomeStack', { env: { account: '111111111111', region: 'us-east-1' } });
const same = new cdk.Stack(app, 'SameEnvStack', { env: { account: '111111111111', region: 'us-east-1' } });
const away = new cdk.Stack(app, 'AwayStack', { env: { account: '222222222222', region: 'eu-west-1' } });

const codeBucket = s3.Bucket.fromBucketName(home, 'CodeBucket', 'my-code-bucket');
const generated = new lambda.WebFunction(home, 'Generated', {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
});
const named = new lambda.WebFunction(home, 'Named', {
  webFunctionName: 'named-function',
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
});

new cdk.CfnOutput(away, 'GeneratedArn', { value: generated.webFunctionArn });
new cdk.CfnOutput(away, 'NamedArn', { value: named.webFunctionArn });
new cdk.CfnOutput(away, 'GeneratedName', { value: generated.webFunctionName });
new cdk.CfnOutput(same, 'SameArn', { value: generated.webFunctionArn });
new cdk.CfnOutput(same, 'SameDomain', { value: generated.endpoint.domainName });

app.synth();
