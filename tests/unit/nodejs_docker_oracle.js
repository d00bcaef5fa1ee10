// The aws-cdk-lib half of test_nodejs's docker_command_line: a NodejsFunction bundled with Docker
// (forceDockerBundling and a dockerImage; $CDK_DOCKER is the test's fake docker, which records its
// arguments). Usage: node nodejs_docker_oracle.js PROJECT_DIR OUTDIR (run from the repository root).
'use strict';
const path = require('path');
const cdk = require(path.resolve('node_modules/aws-cdk-lib'));
const nj = require(path.resolve('node_modules/aws-cdk-lib/aws-lambda-nodejs'));
const lambda = require(path.resolve('node_modules/aws-cdk-lib/aws-lambda'));

process.chdir(process.argv[2]);
const app = new cdk.App({ outdir: process.argv[3] });
const stack = new cdk.Stack(app, 'S');
new nj.NodejsFunction(stack, 'Fn', {
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
