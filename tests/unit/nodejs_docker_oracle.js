// The aws-cdk-lib half of test_nodejs's docker tests: a NodejsFunction bundled with Docker
// ($CDK_DOCKER is the test's fake docker, which records its arguments). Usage:
// node nodejs_docker_oracle.js PROJECT_DIR OUTDIR [SCENARIO] (run from the repository root);
// SCENARIO: options (default: forceDockerBundling and a dockerImage, every esbuild option),
// built-image (aws-cdk-lib's image built, DockerRunOptions), volume-copy (BundlingFileAccess.VOLUME_COPY),
// precompilation (tsc before esbuild, the options of tsconfig.json and what it extends).
'use strict';
const path = require('path');
const cdk = require(path.resolve('node_modules/aws-cdk-lib'));
const nj = require(path.resolve('node_modules/aws-cdk-lib/aws-lambda-nodejs'));
const lambda = require(path.resolve('node_modules/aws-cdk-lib/aws-lambda'));

process.chdir(process.argv[2]);
const app = new cdk.App({ outdir: process.argv[3] });
const stack = new cdk.Stack(app, 'S');
const scenario = process.argv[4] || 'options';
if (scenario === 'built-image') {
  new nj.NodejsFunction(stack, 'Fn', {
    entry: 'h.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    architecture: lambda.Architecture.ARM_64,
    bundling: {
      forceDockerBundling: true, buildArgs: { HELLO: 'WORLD', IMAGE: 'mine' }, esbuildVersion: '0.25',
      network: 'host', securityOpt: 'no-new-privileges', entrypoint: ['/cool/entrypoint', '--cool-arg'],
      volumes: [{ hostPath: '/host-path', containerPath: '/container-path' },
        { hostPath: '/h2', containerPath: '/c2', consistency: cdk.DockerVolumeConsistency.CACHED }],
      volumesFrom: ['777f7dc92da7'], user: 'user:group', workingDirectory: '/working-directory', platform: 'linux/arm64',
    },
  });
} else if (scenario === 'volume-copy') {
  for (const [id, user] of [['Fn', '1:2'], ['Fn2', undefined]]) {
    new nj.NodejsFunction(stack, id, {
      entry: id === 'Fn' ? 'h.ts' : 'lib/greet.ts',
      runtime: lambda.Runtime.NODEJS_20_X,
      bundling: {
        forceDockerBundling: true, dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'),
        bundlingFileAccess: cdk.BundlingFileAccess.VOLUME_COPY, volumesFrom: ['abc'], network: 'host',
        volumes: [{ hostPath: '/host-path', containerPath: '/container-path' }], user,
      },
    });
  }
} else if (scenario === 'precompilation') {
  new nj.NodejsFunction(stack, 'Fn', {
    entry: 'h.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    bundling: {
      forceDockerBundling: true, dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'),
      preCompilation: true, tsconfig: path.resolve('tsconfig.json'),
    },
  });
} else new nj.NodejsFunction(stack, 'Fn', {
  entry: 'h.ts',
  runtime: lambda.Runtime.NODEJS_16_X,
  bundling: {
    forceDockerBundling: true,
    dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'),
    sourceMap: true, sourceMapMode: nj.SourceMapMode.BOTH, sourcesContent: false, format: nj.OutputFormat.CJS,
    loader: { '.png': 'dataurl' }, define: { 'process.env.A': '"a"' }, logLevel: nj.LogLevel.WARNING,
    keepNames: true, tsconfig: 'tsconfig.json', metafile: true, banner: "/* b 'q' */", footer: '// f',
    mainFields: ['module', 'main'], inject: ['./inj.js'], externalModules: ['aws-sdk', 'pg'], nodeModules: ['left-pad'],
    esbuildArgs: { '--alias': ['a=b', 'c=d'], '--log-limit': '0', '--keep-names': true, '--drop': 'console' },
    environment: { A: '1' }, workingDirectory: '/w', user: '1:2',
    commandHooks: {
      beforeBundling: (i, o) => [`echo ${i} > ${o}/b.txt`],
      beforeInstall: (i, o) => [`echo install > ${o}/i.txt`],
      afterBundling: () => ['ls'],
    },
  },
});
app.synth();
