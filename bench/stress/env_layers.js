// stress shape env_layers, aws-cdk-lib half: a stack "Layers" with 50 LayerVersions (bucket code);
// N functions in stacks of 100, each with 10 environment variables, 3 of the layers, its
// currentVersion and an alias "live" (recognizeLayerVersion on).
// Usage: node env_layers.js [N]   (default 1000; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const s3 = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-s3'));

const PER_STACK = 100;
const NLAYERS = 50;
const n = parseInt(process.argv[2] || '1000', 10);
if (!(n >= 1)) {
  console.error('usage: node env_layers.js [N] (N >= 1)');
  process.exit(2);
}
const app = new cdk.App({ context: { '@aws-cdk/aws-lambda:recognizeLayerVersion': true } });
const layersStack = new cdk.Stack(app, 'Layers');
const bucket = s3.Bucket.fromBucketName(layersStack, 'CodeBucket', 'my-code-bucket');
const layers = [];
for (let l = 0; l < NLAYERS; l++) {
  layers.push(new lambda.LayerVersion(layersStack, `Layer${l}`, {
    code: lambda.Code.fromBucket(bucket, `layers/layer-${l}.zip`),
    compatibleRuntimes: [lambda.Runtime.NODEJS_24_X],
  }));
}
let stack;
for (let i = 0; i < n; i++) {
  if (i % PER_STACK === 0) stack = new cdk.Stack(app, `Stack${Math.floor(i / PER_STACK)}`);
  const v = (e) => `value-${i}-${e}`;
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
    environment: {
      VAR_J: v(9), VAR_A: v(0), VAR_I: v(8), VAR_B: v(1), VAR_H: v(7),
      VAR_C: v(2), VAR_G: v(6), VAR_D: v(3), VAR_F: v(5), VAR_E: v(4),
    },
    layers: [layers[i % NLAYERS], layers[(i + 17) % NLAYERS], layers[(i + 33) % NLAYERS]],
  });
  fn.currentVersion;
  fn.addAlias('live');
}
app.synth();
