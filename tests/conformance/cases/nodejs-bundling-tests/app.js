// Conformance case 'nodejs-bundling-tests' (bundling.test.ts, local bundling): a handler named
// index.ts with a verbose log level, a tsconfig with an explicit projectRoot, a custom asset hash
// ('with custom hash': AssetHashType.CUSTOM, whose hash covers JSON.stringify of aws-cdk-lib's
// Bundling object), alone and with options (given in the order of ccdk's bundling options struct),
// a function per test.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyTestStack');
const runtime = lambda.Runtime.NODEJS_20_X;

new nodejs.NodejsFunction(stack, 'Index', { entry: 'lib/index.ts', runtime });
new nodejs.NodejsFunction(stack, 'Verbose', { entry: 'lib/index.ts', runtime, bundling: { logLevel: nodejs.LogLevel.VERBOSE } });
new nodejs.NodejsFunction(stack, 'ProjectRoot', {
  entry: 'lib/index.ts', runtime, projectRoot: '.', bundling: { tsconfig: 'lib/custom-tsconfig.json' },
});
new nodejs.NodejsFunction(stack, 'CustomHash', { entry: 'lib/handler.ts', runtime, bundling: { assetHash: 'custom' } });
new nodejs.NodejsFunction(stack, 'CustomHashOptions', {
  entry: 'lib/handler.ts',
  runtime: lambda.Runtime.NODEJS_LATEST,
  architecture: lambda.Architecture.ARM_64,
  bundling: {
    minify: true,
    sourceMap: true,
    sourceMapMode: nodejs.SourceMapMode.INLINE,
    sourcesContent: false,
    target: 'es2022',
    loader: { '.png': 'dataurl' },
    define: { 'process.env.KEY': JSON.stringify('VALUE') },
    logLevel: nodejs.LogLevel.ERROR,
    keepNames: true,
    tsconfig: 'lib/custom-tsconfig.json',
    banner: '/* b */',
    footer: '/* f */',
    charset: nodejs.Charset.UTF8,
    format: nodejs.OutputFormat.ESM,
    mainFields: ['module', 'main'],
    esbuildArgs: { '--log-limit': '0', '--minify-whitespace': true },
    externalModules: ['abc'],
    bundleAwsSDK: true,
    environment: { KEY: 'value' },
    forceDockerBundling: false,
    assetHash: 'custom-options',
  },
});

app.synth();
