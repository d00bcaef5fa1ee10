// Conformance case 'webfunction-all-props': every WebFunctionProps prop: a name, tags, a revision
// description, entryPoint with environment variables, a role, a KMS key (the service principal's
// key grant), log levels, a log group, timeout, maxConcurrencyPerEnvironment, and a default endpoint
// with name, description, maxEnvironments, rateLimit and a multiRegion location; the code in a
// versioned bucket of the app encrypted with a customer managed key (bucket policy, key grant, the
// function's dependency on the bucket policy); addToRolePolicy and a stack tag (only the WebFunction
// itself is taggable).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const bucketKey = new kms.Key(stack, 'BucketKey');
const codeBucket = new s3.Bucket(stack, 'CodeBucket', {
  versioned: true,
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: bucketKey,
});
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const envKey = new kms.Key(stack, 'EnvKey');
const logGroup = new logs.LogGroup(stack, 'Logs', { retention: logs.RetentionDays.ONE_WEEK });

const fn = new lambda.WebFunction(stack, 'Web', {
  webFunctionName: 'my-web-function',
  tags: { team: 'web', stage: 'prod' },
  revisionDescription: 'first revision',
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'apps/app.zip'),
  runtime: lambda.WebFunctionRuntime.NODEJS_LATEST,
  entryPoint: 'server.js',
  role,
  environment: { B_VAR: 'b', A_VAR: 'a' },
  kmsKey: envKey,
  applicationLogLevel: lambda.ApplicationLogLevel.DEBUG,
  systemLogLevel: lambda.SystemLogLevel.WARN,
  logGroup,
  timeout: cdk.Duration.minutes(2),
  maxConcurrencyPerEnvironment: 64,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
  defaultEndpoint: {
    endpointName: 'live',
    endpointDescription: 'the live endpoint',
    maxEnvironments: 10,
    rateLimit: 0,
    endpointLocation: lambda.WebFunctionEndpointLocation.multiRegion(['us-east-1', 'eu-west-1', 'ap-northeast-1', 'eu-west-1']),
  },
});

fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [codeBucket.bucketArn] }));
cdk.Tags.of(stack).add('env', 'test');

new cdk.CfnOutput(stack, 'Name', { value: fn.webFunctionName });
new cdk.CfnOutput(stack, 'Arn', { value: fn.webFunctionArn });

app.synth();
