// Conformance case 'webfunction-basic': the README's basic WebFunction (aws-lambda README "## WebFunction"):
// code from an imported bucket (fromBucket with a version), NODEJS_24_X, IAM_AUTH; its default role,
// log group, revision and "prod" endpoint, and its attributes as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const codeBucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');

const webFunction = new lambda.WebFunction(stack, 'MyWebFunction', {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip', 'version-id'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
});

new cdk.CfnOutput(stack, 'FunctionArn', { value: webFunction.webFunctionArn });
new cdk.CfnOutput(stack, 'FunctionName', { value: webFunction.webFunctionName });
new cdk.CfnOutput(stack, 'RevisionArn', { value: webFunction.revisionArn });
new cdk.CfnOutput(stack, 'RevisionId', { value: webFunction.revisionId });
new cdk.CfnOutput(stack, 'Url', { value: `https://${webFunction.endpoint.domainName}` });
new cdk.CfnOutput(stack, 'EndpointArn', { value: webFunction.endpoint.endpointArn });
new cdk.CfnOutput(stack, 'EndpointFunctionArn', { value: webFunction.endpoint.webFunctionArn });
new cdk.CfnOutput(stack, 'LogGroupName', { value: webFunction.logGroup.logGroupRef.logGroupName });

app.synth();
