// Conformance case 'nodejs-docker-bundling': bundling.test.ts's Docker tests (forceDockerBundling),
// with a docker client of the case's own (fake-docker, as CDK_DOCKER; the tests mock
// DockerImage.fromBuild and spy on Code.fromAsset): the image build (aws-cdk-lib's Dockerfile, the
// build args IMAGE / ESBUILD_VERSION and the user's, --platform, --network) and the bundling run
// (`bash -c` with the esbuild command line, environment, volumes, user, ...), logged, are each
// bundle (commands.txt); the bundling folder's name is the hash of aws-cdk-lib's Bundling object.
// A stack per test. The bundling options are given in the order of ccdk's options struct (that
// order is in the Bundling object's JSON).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
const runtime = lambda.Runtime.NODEJS_20_X;
const architecture = lambda.Architecture.X86_64;
function fn(stackId, entry, bundling, props = {}) {
  const stack = new cdk.Stack(app, stackId);
  new nodejs.NodejsFunction(stack, 'Fn', { entry, runtime, architecture, ...props, bundling: { ...bundling } });
}

// 'esbuild bundling in Docker'
fn('InDocker', 'lib/handler.ts', {
  loader: { '.png': 'dataurl' }, environment: { KEY: 'value' }, forceDockerBundling: true, network: 'host',
});
// 'esbuild bundling with handler named index.ts'
fn('IndexTs', 'lib/index.ts', { forceDockerBundling: true });
// 'esbuild bundling with verbose log level'
fn('Verbose', 'lib/index.ts', { logLevel: nodejs.LogLevel.VERBOSE, forceDockerBundling: true });
// 'esbuild bundling with tsx handler'
fn('Tsx', 'lib/handler.tsx', { forceDockerBundling: true });
// 'esbuild bundling with esbuild options'
fn('EsbuildOptions', 'lib/handler.ts', {
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  target: 'es2020',
  loader: { '.png': 'dataurl' },
  define: {
    'process.env.KEY': JSON.stringify('VALUE'),
    'process.env.BOOL': 'true',
    'process.env.NUMBER': '7777',
    'process.env.STRING': JSON.stringify('this is a "test"'),
  },
  logLevel: nodejs.LogLevel.SILENT,
  keepNames: true,
  tsconfig: 'lib/custom-tsconfig.json',
  metafile: true,
  banner: '/* comments */',
  footer: '/* comments */',
  charset: nodejs.Charset.UTF8,
  format: nodejs.OutputFormat.ESM,
  mainFields: ['module', 'main'],
  inject: ['./my-shim.js', './path with space/second-shim.js'],
  esbuildArgs: {
    '--log-limit': '0',
    '--resolve-extensions': '.ts,.js',
    '--splitting': true,
    '--keep-names': '',
    '--out-extension': '.js=.mjs',
  },
  forceDockerBundling: true,
});
// 'with Docker build args'
fn('BuildArgs', 'lib/handler.ts', { buildArgs: { HELLO: 'WORLD' }, forceDockerBundling: true });
// 'Custom bundling docker image'
fn('CustomImage', 'lib/handler.ts', { forceDockerBundling: true, dockerImage: cdk.DockerImage.fromRegistry('my-custom-image') });
// 'with command hooks'
fn('CommandHooks', 'lib/handler.ts', {
  commandHooks: {
    beforeBundling(inputDir, outputDir) {
      return [`echo hello > ${inputDir}/a.txt`, `cp ${inputDir}/a.txt ${outputDir}`];
    },
    afterBundling(inputDir, outputDir) {
      return [`cp ${inputDir}/b.txt ${outputDir}/txt`];
    },
    beforeInstall() {
      return [];
    },
  },
  forceDockerBundling: true,
});
// 'with custom hash'
fn('CustomHash', 'lib/handler.ts', { forceDockerBundling: true, assetHash: 'custom' });
// (not a test of its own) a custom hash with the Docker options: the asset's hash covers the JSON
// of aws-cdk-lib's Bundling object, these options included (command hooks as {}; platform, which
// 2.276.0 takes but does not give docker run)
fn('CustomHashDockerOptions', 'lib/handler.ts', {
  esbuildVersion: '0.25.1',
  buildArgs: { HELLO: 'WORLD', IMAGE: 'my/build-image' },
  commandHooks: {
    beforeBundling() { return ['echo unused']; },
    beforeInstall() { return []; },
    afterBundling() { return []; },
  },
  environment: { KEY: 'value', OTHER: 'x' },
  forceDockerBundling: true,
  command: ['bash', '-c', 'echo custom > /asset-output/custom.txt'],
  workingDirectory: '/work',
  user: '1000:1000',
  entrypoint: ['/bin/sh', '-c'],
  volumes: [{ hostPath: '/host-path', containerPath: '/container-path', consistency: cdk.DockerVolumeConsistency.CACHED }],
  volumesFrom: ['777f7dc92da7'],
  securityOpt: 'no-new-privileges',
  network: 'host',
  platform: 'linux/arm64',
  bundlingFileAccess: cdk.BundlingFileAccess.BIND_MOUNT,
  assetHash: 'custom-docker-options',
});
// 'Custom bundling entrypoint'
fn('Entrypoint', 'lib/handler.ts', { forceDockerBundling: true, entrypoint: ['/cool/entrypoint', '--cool-entrypoint-arg'] });
// 'Custom bundling volumes'
fn('Volumes', 'lib/handler.ts', { forceDockerBundling: true, volumes: [{ hostPath: '/host-path', containerPath: '/container-path' }] });
// 'Custom bundling volumesFrom'
fn('VolumesFrom', 'lib/handler.ts', { forceDockerBundling: true, volumesFrom: ['777f7dc92da7'] });
// 'Custom bundling workingDirectory'
fn('WorkingDirectory', 'lib/handler.ts', { forceDockerBundling: true, workingDirectory: '/working-directory' });
// 'Custom bundling user'
fn('User', 'lib/handler.ts', { forceDockerBundling: true, user: 'user:group' });
// 'Custom bundling securityOpt'
fn('SecurityOpt', 'lib/handler.ts', { forceDockerBundling: true, securityOpt: 'no-new-privileges' });
// 'Custom bundling network'
fn('Network', 'lib/handler.ts', { forceDockerBundling: true, network: 'host' });
// (not tests of their own) the image built for ARM_64 (--platform linux/arm64) and for
// NODEJS_LATEST (its SAM build image, target and no externals)
fn('Arm64', 'lib/handler.ts', { forceDockerBundling: true }, { architecture: lambda.Architecture.ARM_64 });
fn('Latest', 'lib/handler.ts', { forceDockerBundling: true }, { runtime: lambda.Runtime.NODEJS_LATEST });
// 'Custom bundling file copy variant' (last: the volume copy's clean-up calls come after its bundle)
fn('VolumeCopy', 'lib/handler.ts', { forceDockerBundling: true, bundlingFileAccess: cdk.BundlingFileAccess.VOLUME_COPY });

app.synth();
