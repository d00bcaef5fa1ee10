// A user's project: handlers under lambda/, a layer, two stacks sharing a handler folder, excludes.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const path = require('path');
const app = new cdk.App();
const shared = new cdk.Stack(app, 'SharedStack');
const layer = new lambda.LayerVersion(shared, 'Utils', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X],
});
for (const name of ['Api', 'Jobs']) {
  const stack = new cdk.Stack(app, `${name}Stack`);
  new lambda.Function(stack, 'Api', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'lambda', 'api')),
  });
  new lambda.Function(stack, 'Worker', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'lambda', 'worker'), { exclude: ['lib/*.md'] }),
    layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'L', 'arn:aws:lambda:us-east-1:123456789012:layer:utils:1')],
  });
}
app.synth();
