// Conformance case 'versions-aliases-layers-corners'
// Beside layers.test.ts, lambda-version.test.ts and alias.test.ts: the props those tests leave out,
// a stack each. A layer with every prop (name, description, license, two runtimes and two
// architectures, DESTROY) and a permission on an imported layer; a Version with description,
// codeSha256 and RETAIN, and one with provisionedConcurrentExecutions 0 (falsy: no config); aliases
// with description and async-invoke props, a weight of 1 and one of 0.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const newFn = (stack) => new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
{
  const stack = new cdk.Stack(app, 'Layers');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const layer = new lambda.LayerVersion(stack, 'Layer', {
    code: new lambda.S3Code(bucket, 'ObjectKey', 'objver'),
    layerVersionName: 'my-layer',
    description: 'a layer',
    license: 'MIT',
    compatibleRuntimes: [lambda.Runtime.NODEJS_LATEST, lambda.Runtime.PYTHON_3_12],
    compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  const imported = lambda.LayerVersion.fromLayerVersionArn(stack, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:layer:other:4');
  imported.addPermission('Everyone', { accountId: '*' });
  new cdk.CfnOutput(stack, 'LayerArn', { value: layer.layerVersionArn });
  new cdk.CfnOutput(stack, 'ImportedArn', { value: imported.layerVersionArn });
}
{
  const stack = new cdk.Stack(app, 'Versions');
  const fn = newFn(stack);
  new lambda.Version(stack, 'Described', {
    lambda: fn, description: 'v1', codeSha256: 'abc=', removalPolicy: cdk.RemovalPolicy.RETAIN,
  });
  new lambda.Version(stack, 'ZeroPce', { lambda: fn, provisionedConcurrentExecutions: 0 });
}
{
  const stack = new cdk.Stack(app, 'Aliases');
  const fn = newFn(stack);
  const v1 = new lambda.Version(stack, 'V1', { lambda: fn });
  const v2 = new lambda.Version(stack, 'V2', { lambda: fn });
  new lambda.Alias(stack, 'Described', {
    aliasName: 'described', version: v1, description: 'the alias',
    maxEventAge: cdk.Duration.hours(2), retryAttempts: 2, provisionedConcurrentExecutions: 0,
  });
  new lambda.Alias(stack, 'AllWeight', { aliasName: 'all', version: v1, additionalVersions: [{ version: v2, weight: 1 }] });
  new lambda.Alias(stack, 'NoWeight', { aliasName: 'none', version: v1, additionalVersions: [{ version: v2, weight: 0 }] });
}
app.synth();
