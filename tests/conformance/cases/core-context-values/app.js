// Conformance case 'core-context-values': context values that are not the plain strings and booleans
// ccdk used to expect, each set on a construct above its stack (node context beats the App's):
// numeric, boolean, list and empty @aws-cdk/core:assetHashSalt and @aws-cdk/core:bootstrapQualifier,
// and JavaScript truthiness of aws:cdk:enable-asset-metadata / enable-path-metadata ("0" on, "" off).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { Construct } = require('constructs');

const app = new cdk.App();
const cases = [
  { '@aws-cdk/core:assetHashSalt': 5, '@aws-cdk/core:bootstrapQualifier': 123,
    'aws:cdk:enable-asset-metadata': '0', 'aws:cdk:enable-path-metadata': '' },
  { '@aws-cdk/core:assetHashSalt': 0, '@aws-cdk/core:bootstrapQualifier': true,
    'aws:cdk:enable-asset-metadata': '', 'aws:cdk:enable-path-metadata': '0' },
  { '@aws-cdk/core:assetHashSalt': [1, null, 2.5], '@aws-cdk/core:bootstrapQualifier': '',
    'aws:cdk:enable-asset-metadata': 0, 'aws:cdk:enable-path-metadata': [] },
  { '@aws-cdk/core:assetHashSalt': false, '@aws-cdk/core:bootstrapQualifier': null,
    'aws:cdk:enable-asset-metadata': {}, 'aws:cdk:enable-path-metadata': 0 },
  { '@aws-cdk/core:assetHashSalt': { a: 1 },
    'aws:cdk:enable-asset-metadata': 1, 'aws:cdk:enable-path-metadata': 'false' },
];
// Each group has its own handler directory: aws-cdk-lib caches asset hashes by a key without the
// salt, so a second Code.fromAsset of the same directory would reuse the first group's hash.
cases.forEach((ctx, i) => {
  const group = new Construct(app, `Group${i}`);
  for (const [k, v] of Object.entries(ctx)) group.node.setContext(k, v);
  const stack = new cdk.Stack(group, 'TestStack', { stackName: `TestStack${i}` });
  new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(`handler-${i}`),
  });
  // extraHash set: a falsy salt is appended as its string ("0", "false")
  new lambda.Function(stack, 'Salted', {
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(`handler-${i}`, { extraHash: 'x' }),
  });
});

app.synth();
