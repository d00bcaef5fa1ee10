// Conformance case 'unit-function-code-config'
// Upstream: aws-lambda/test/function.test.ts describe('code config'): a lambda.Code subclass whose
// bind() returns a CodeConfig ('imageUri is correctly configured', 'imageConfig is correctly
// configured'), and the same class with inline code, an s3Location (version, source KMS key ARN,
// storage mode; an empty inlineCode beside it does not count), a layer of it, a currentVersion.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

class MyCode extends lambda.Code {
  constructor(config) {
    super();
    this.config = config;
    this.isInline = 'inlineCode' in config;
  }

  bind(_scope) {
    return this.config;
  }
}

const app = new cdk.App();

let stack = new cdk.Stack(app, 'ImageUri');
new lambda.Function(stack, 'Fn1', {
  code: new MyCode({ image: { imageUri: 'ecr image uri' } }),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});

stack = new cdk.Stack(app, 'ImageConfig');
new lambda.Function(stack, 'Fn1', {
  code: new MyCode({
    image: {
      imageUri: 'ecr image uri',
      cmd: ['cmd', 'param1'],
      entrypoint: ['entrypoint', 'param2'],
      workingDirectory: '/some/path',
    },
  }),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});
new lambda.Function(stack, 'Fn2', {
  code: new MyCode({
    image: { imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:v1', cmd: [] },
    sourceKMSKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/abcd',
  }),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});

stack = new cdk.Stack(app, 'InlineAndS3');
new lambda.Function(stack, 'Inline', {
  code: new MyCode({ inlineCode: 'exports.handler = async () => {};' }),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const s3fn = new lambda.Function(stack, 'S3', {
  code: new MyCode({
    inlineCode: '',
    s3Location: { bucketName: 'my-bucket', objectKey: 'code.zip', objectVersion: 'v1' },
    sourceKMSKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/abcd',
    s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
  }),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_12,
});
new cdk.CfnOutput(stack, 'S3Version', { value: s3fn.currentVersion.functionArn });
new lambda.Function(stack, 'S3NoVersion', {
  code: new MyCode({ s3Location: { bucketName: 'my-bucket', objectKey: 'other.zip' } }),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_12,
});
new lambda.LayerVersion(stack, 'Layer', {
  code: new MyCode({
    s3Location: { bucketName: 'my-bucket', objectKey: 'layer.zip', objectVersion: 'v2' },
    sourceKMSKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/abcd',
    s3ObjectStorageMode: lambda.S3ObjectStorageMode.COPY,
  }),
  compatibleRuntimes: [lambda.Runtime.PYTHON_3_12],
});

app.synth();
