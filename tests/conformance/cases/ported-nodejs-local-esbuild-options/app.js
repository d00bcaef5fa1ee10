'use strict';
// Ported from aws-cdk: packages/aws-cdk-lib/aws-lambda-nodejs/test/bundling.test.ts, 'Local bundling
// with esbuild options via spawn' (which mocks spawnSync and checks esbuild's arguments): the same
// options bundled locally by the project's esbuild, the bundle (index.mjs and its source map) the
// observable. Its tsconfig is lib/custom-tsconfig.json (the test's is a .ts path that esbuild would
// refuse), its inject ./my-shim.js is in the case folder, its esbuildArgs less '--splitting'
// (esbuild refuses code splitting with --outfile: a mock does not see that), and no metafile: its
// "outputs" name the bundling folder, whose name hashes the outdir, which this runner makes differ
// between the two sides (tests/unit/test_nodejs.c metafile_names_the_cache_key_folder checks it).
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyTestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'lib/handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  architecture: lambda.Architecture.X86_64,
  bundling: {
    minify: true,
    sourceMap: true,
    sourcesContent: false,
    target: 'es2020',
    loader: { '.png': 'dataurl' },
    logLevel: nodejs.LogLevel.SILENT,
    keepNames: true,
    tsconfig: 'lib/custom-tsconfig.json',
    banner: '/* comments */',
    footer: '/* comments */',
    charset: nodejs.Charset.UTF8,
    mainFields: ['module', 'main'],
    define: {
      'process.env.KEY': JSON.stringify('VALUE'),
      'process.env.BOOL': 'true',
    },
    format: nodejs.OutputFormat.ESM,
    inject: ['./my-shim.js'],
    esbuildArgs: {
      '--log-limit': '0',
      '--resolve-extensions': '.ts,.js',
      '--keep-names': '',
      '--out-extension': '.js=.mjs',
    },
  },
});

app.synth();
