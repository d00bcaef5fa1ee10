'use strict';
// bundling.test.ts: the external modules by runtime (SDK v2 on Node.js 16, v3 on 18+, none on
// NODEJS_LATEST or with bundleAwsSDK; @smithy/* with sdkV3ExcludeSmithyPackages) and the warnings
// on them, source map modes, a custom runtime equal to a predefined one, a custom tsconfig. The
// handler imports a module of each kind (in node_modules/): an external one stays a require.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = (scope, id, runtime, bundling) => new nodejs.NodejsFunction(scope, id, { entry: 'handler.ts', runtime, bundling });

fn(stack, 'Node16', lambda.Runtime.NODEJS_16_X);
fn(stack, 'Node16SdkV3', lambda.Runtime.NODEJS_16_X, { externalModules: ['@aws-sdk/client-s3'] });
fn(stack, 'Node16BundleSdk', lambda.Runtime.NODEJS_16_X, { bundleAwsSDK: true });
fn(stack, 'Node20', lambda.Runtime.NODEJS_20_X);
fn(stack, 'Node20SdkV2', lambda.Runtime.NODEJS_20_X, { externalModules: ['aws-sdk'] });
fn(stack, 'Node20BundleSdk', lambda.Runtime.NODEJS_20_X, { bundleAwsSDK: true });
fn(stack, 'Latest', lambda.Runtime.NODEJS_LATEST);
fn(stack, 'LatestExternal', lambda.Runtime.NODEJS_LATEST, { externalModules: ['my-external-dep'] });
fn(stack, 'SourceMapDefault', lambda.Runtime.NODEJS_20_X, { sourceMap: true, sourceMapMode: nodejs.SourceMapMode.DEFAULT });
fn(stack, 'SourceMapModeOnly', lambda.Runtime.NODEJS_20_X, { sourceMapMode: nodejs.SourceMapMode.INLINE, logLevel: nodejs.LogLevel.ERROR });
fn(stack, 'CustomRuntime', new lambda.Runtime('nodejs20.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true }),
  { sourceMapMode: nodejs.SourceMapMode.INLINE });
new nodejs.NodejsFunction(stack, 'Tsconfig', {
  entry: 'lib/aliased.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { tsconfig: 'lib/custom-tsconfig.json' },
});

// the feature flag on a stack of its own
const smithy = new cdk.Stack(app, 'Smithy');
smithy.node.setContext('@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages', true);
fn(smithy, 'Node16', lambda.Runtime.NODEJS_16_X);
fn(smithy, 'Node20', lambda.Runtime.NODEJS_20_X);
fn(smithy, 'Node20BundleSdk', lambda.Runtime.NODEJS_20_X, { bundleAwsSDK: true });
fn(smithy, 'Latest', lambda.Runtime.NODEJS_LATEST);

app.synth();
