// Conformance case 'integ-nodejs-function': aws-lambda-nodejs test/integ.function.ts,
// NodejsFunctions with minify and source maps, a log level, .js entries, an injected file and a
// tsconfig in a folder whose name has a space, a VPC, handler names with and without
// dots (a run script copied in by an afterBundling hook, a layer imported by ARN), an entry
// relative to the working directory and one under its own projectRoot; the App's postCliContext
// turns off @aws-cdk/aws-lambda:useCdkManagedLogGroup. Adapted:
// 'entry-relative-to-cwd' names the entry from the case folder (the working directory);
// 'entry-relative-to-projectRoot' gives its entry from the case folder too (aws-cdk-lib 2.276.0
// has no entries relative to projectRoot) and a package-lock.json in place of yarn.lock (no yarn
// here: aws-cdk-lib would run esbuild with `yarn run`). Dropped: 'ts-handler-metafile-path'
// (metafile: true; its entry was in a folder whose name has a space): the metafile in the bundle
// names the bundling folder by its path from the project root, under the output directory, which
// the runner makes different for app.js and app.c (and whose bundling-temp-<key> name is
// aws-cdk-lib's hash of its Bundling object): its asset hash can never be the same.
'use strict';
const os = require('os');
const path = require('path');
const { Vpc } = require('aws-cdk-lib/aws-ec2');
const { LayerVersion, Runtime } = require('aws-cdk-lib/aws-lambda');
const { Aws, App, Stack } = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda-nodejs');

const STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_18_X; // framework-integ's test/config.ts

class TestStack extends Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    new lambda.NodejsFunction(this, 'ts-handler', {
      entry: path.join(__dirname, 'integ-handlers/ts-handler.ts'),
      runtime: STANDARD_NODEJS_RUNTIME,
      bundling: {
        minify: true,
        sourceMap: true,
        sourceMapMode: lambda.SourceMapMode.BOTH,
      },
    });

    new lambda.NodejsFunction(this, 'ts-handler-log-level', {
      entry: path.join(__dirname, 'integ-handlers/ts-handler.ts'),
      runtime: STANDARD_NODEJS_RUNTIME,
      bundling: {
        minify: true,
        sourceMap: true,
        sourceMapMode: lambda.SourceMapMode.BOTH,
        logLevel: lambda.LogLevel.VERBOSE,
      },
    });

    new lambda.NodejsFunction(this, 'js-handler', {
      entry: path.join(__dirname, 'integ-handlers/js-handler.js'),
      runtime: STANDARD_NODEJS_RUNTIME,
    });

    new lambda.NodejsFunction(this, 'js-handler-bundling-path', {
      entry: path.join(__dirname, 'integ-handlers/js-handler.js'),
      bundling: {
        inject: [path.join(__dirname, 'whitespace path/shim.js')],
      },
    });

    new lambda.NodejsFunction(this, 'js-handler-tsconfig-path', {
      entry: path.join(__dirname, 'integ-handlers/js-handler.js'),
      bundling: {
        tsconfig: path.join(__dirname, 'whitespace path/tsconfig.json'),
      },
    });

    // 'ts-handler-metafile-path' (metafile: true) dropped: see the comment at the top

    new lambda.NodejsFunction(this, 'ts-handler-vpc', {
      entry: path.join(__dirname, 'integ-handlers/ts-handler.ts'),
      runtime: STANDARD_NODEJS_RUNTIME,
      vpc: new Vpc(this, 'Vpc', { restrictDefaultSecurityGroup: false }),
    });

    new lambda.NodejsFunction(this, 'ts-handler-custom-handler-no-dots', {
      entry: path.join(__dirname, 'integ-handlers/ts-handler.ts'),
      runtime: STANDARD_NODEJS_RUNTIME,
      bundling: {
        minify: true,
        sourceMap: true,
        sourceMapMode: lambda.SourceMapMode.BOTH,
      },
      handler: 'handler',
    });

    new lambda.NodejsFunction(this, 'ts-handler-custom-handler-dots', {
      entry: path.join(__dirname, 'integ-handlers/ts-web-handler.ts'),
      runtime: STANDARD_NODEJS_RUNTIME,
      bundling: {
        minify: true,
        sourceMap: true,
        sourceMapMode: lambda.SourceMapMode.BOTH,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) => [
            `${os.platform() === 'win32' ? 'copy' : 'cp'} ${path.join(
              __dirname,
              'integ-handlers',
              'ts-web-run.sh',
            )} ${outputDir}`,
          ],
        },
      },
      handler: 'ts-web.run.sh',
      layers: [
        LayerVersion.fromLayerVersionArn(
          this,
          'lambda-adapter-layer',
          `arn:aws:lambda:${Aws.REGION}:753240598075:layer:LambdaAdapterLayerX86:13`,
        ),
      ],
    });

    new lambda.NodejsFunction(this, 'entry-relative-to-cwd', {
      runtime: STANDARD_NODEJS_RUNTIME,
      entry: 'integ-handlers/ts-handler.ts',
    });

    new lambda.NodejsFunction(this, 'entry-relative-to-projectRoot', {
      runtime: STANDARD_NODEJS_RUNTIME,
      entry: path.join(__dirname, 'integ-handlers/yarn/dependencies-pnpm.ts'),
      projectRoot: path.join(__dirname, 'integ-handlers/yarn'),
      depsLockFilePath: path.join(__dirname, 'integ-handlers/yarn/package-lock.json'),
    });
  }
}

const app = new App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
new TestStack(app, 'cdk-integ-lambda-nodejs');
app.synth();
