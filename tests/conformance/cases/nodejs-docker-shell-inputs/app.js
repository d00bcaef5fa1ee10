// Conformance case 'nodejs-docker-shell-inputs': bundling-input-validation.test.ts with a docker
// client of the case's own (fake-docker, as CDK_DOCKER; see nodejs-docker-bundling). aws-cdk-lib
// 2.276.0 has no validateShellSafe: the inputs newer versions reject (reserved shell characters,
// newlines, non-ASCII in externalModules, define keys, loader keys and values, inject, esbuildArgs
// keys and values, tsconfig compiler option values) are taken as they are, each argument
// shell-escaped in the Docker `bash -c` command, as are the ones every version accepts (common
// externals, loaders, defines, inject paths, esbuildArgs, banners and footers). A stack per test
// group; the command is in each bundle (commands.txt).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
function fn(stackId, bundling, entry = 'lib/handler.ts') {
  const stack = new cdk.Stack(app, stackId);
  new nodejs.NodejsFunction(stack, 'Fn', {
    entry, runtime: lambda.Runtime.NODEJS_20_X, architecture: lambda.Architecture.X86_64, bundling: { ...bundling, forceDockerBundling: true },
  });
}

// 'valid bundling configurations'
fn('ValidExternals', { externalModules: ['@aws-sdk/*', '@aws-sdk/client-s3', '@smithy/*', 'aws-sdk', 'lodash', '@scope/my-package', 'my-external-dep', 'abc'] });
fn('ValidLoaders', { loader: { '.png': 'dataurl', '.gif': 'file', '.svg': 'text', '.json': 'json', '.css': 'css', '.woff2': 'base64' } });
fn('ValidDefines', {
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.API_URL': '"https://api.example.com"',
    'process.env.BOOL': 'true',
    'process.env.NUMBER': '7777',
    'global.DEBUG': 'false',
    '__VERSION__': '"1.0.0"',
  },
});
fn('ValidInject', { inject: ['./my-shim.js', './path with space/second-shim.js', './polyfills/process.js', '../shared/env-shim.ts'] });
fn('ValidEsbuildArgs', {
  esbuildArgs: {
    '--log-limit': '0',
    '--resolve-extensions': '.ts,.js',
    '--keep-names': true,
    '--splitting': true,
    '--out-extension': '.js=.mjs',
    '--alias': 'react=preact/compat',
    '--tree-shaking': 'true',
  },
});
fn('BannerFooter', { banner: '/* banner */ & test', footer: '"use strict";' });
fn('AllCombined', {
  loader: { '.png': 'dataurl', '.svg': 'text' },
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: '/* Copyright 2024 */',
  footer: '/* EOF */',
  inject: ['./my-shim.js'],
  esbuildArgs: { '--log-limit': '0', '--keep-names': true },
  externalModules: ['@aws-sdk/*', 'lodash'],
});
// what newer versions reject ('Invalid characters')
fn('ReservedExternals', { externalModules: ['foo & bar > output.txt', 'lodash & foo $(bar)', 'foo | bar | baz', 'foo; bar', 'foo\nbar', 'módule', '日本語'] });
fn('ReservedDefines', { define: { 'FOO\nBAR': 'baz', 'FOO & BAR': 'baz', '`foo`': 'bar', 'FOO $(bar)': 'baz', 'FOO > bar': 'baz' } });
fn('ReservedLoaders', { loader: { '.png & foo': 'dataurl', '.svg': 'dataurl; foo' } });
fn('ReservedInject', { inject: ['./shim.js & foo', "it's {a,b}!"] });
fn('ReservedEsbuildArgs', { esbuildArgs: { '--log-limit & foo': '0', '--log-level': '0; foo', '--flag': 'val\nfoo', '--crlf': 'a\r\nb' } });
// tsconfig compiler option values (preCompilation: the image's tsc)
fn('ReservedCompilerOptions', { preCompilation: true }, 'tsc/handler.ts');

app.synth();
