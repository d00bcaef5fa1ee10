// Conformance case 'nodejs-bundling-options': minify, source maps (external mode, no sources
// content), an explicit target, define, a loader, banner and footer, keepNames, the ESM format
// (index.mjs), mainFields and esbuildArgs, on NODEJS_22_X.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_22_X,
  bundling: {
    minify: true,
    sourceMap: true,
    sourceMapMode: nodejs.SourceMapMode.EXTERNAL,
    sourcesContent: false,
    target: 'es2022',
    define: { BUILD_STAGE: '"prod"' },
    loader: { '.txt': 'text' },
    banner: '/* built by the conformance suite */',
    footer: '/* end */',
    keepNames: true,
    format: nodejs.OutputFormat.ESM,
    mainFields: ['module', 'main'],
    esbuildArgs: { '--log-limit': '0', '--legal-comments': 'eof' },
  },
});

new nodejs.NodejsFunction(stack, 'Inline', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_22_X,
  bundling: {
    sourceMap: true,
    sourceMapMode: nodejs.SourceMapMode.INLINE,
    define: { BUILD_STAGE: '"dev"' },
    loader: { '.txt': 'text' },
  },
});

app.synth();
