// Conformance case 'nodejs-docker-node-modules': bundling.test.ts's Docker tests with nodeModules
// and package-manager.test.ts's install commands, with a docker client of the case's own
// (fake-docker, as CDK_DOCKER; see nodejs-docker-bundling): the `bash -c` command of each bundle
// (esbuild, then the package.json of the modules' versions, the lock file copied, the package
// manager's install command) is in the bundle (commands.txt). One project folder per package
// manager, a stack per test: package-lock.json ('esbuild bundling with externals and
// dependencies'), yarn.lock, pnpm-lock.yaml, bun.lockb, bun.lock ('Detects ...'), each with
// LogLevel.ERROR and some with INFO ('from a ... with LogLevel.ERROR'), another lock file name
// ('defaults to NPM'), a lock file below the projectRoot ('esbuild bundling with projectRoot and
// externals and dependencies'); and (util.ts extractDependencies) versions from peer, dev and
// plain dependencies, file: paths relative and absolute, an installed module, a version with quotes
// (shell-escaped); a beforeInstall hook.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
const runtime = lambda.Runtime.NODEJS_20_X;
function fn(stackId, props, bundling) {
  const stack = new cdk.Stack(app, stackId);
  new nodejs.NodejsFunction(stack, 'Fn', { ...props, runtime, bundling: { ...bundling, forceDockerBundling: true } });
}
const project = (dir, lock) => ({ entry: `${dir}/handler.ts`, depsLockFilePath: `${dir}/${lock}` });

fn('Npm', project('npm', 'package-lock.json'), { externalModules: ['abc'], nodeModules: ['delay'] });
fn('NpmError', project('npm', 'package-lock.json'), { logLevel: nodejs.LogLevel.ERROR, nodeModules: ['delay'] });
fn('NpmInfo', project('npm', 'package-lock.json'), { logLevel: nodejs.LogLevel.INFO, nodeModules: ['delay'] });
fn('Yarn', project('yarn', 'yarn.lock'), { nodeModules: ['delay'] });
fn('YarnError', project('yarn', 'yarn.lock'), { logLevel: nodejs.LogLevel.ERROR, nodeModules: ['delay'] });
fn('YarnInfo', project('yarn', 'yarn.lock'), { logLevel: nodejs.LogLevel.INFO, nodeModules: ['delay'] });
fn('Pnpm', project('pnpm', 'pnpm-lock.yaml'), { nodeModules: ['delay'] });
fn('PnpmError', project('pnpm', 'pnpm-lock.yaml'), { logLevel: nodejs.LogLevel.ERROR, nodeModules: ['delay'] });
fn('Bun', project('bun', 'bun.lockb'), { nodeModules: ['delay'] });
fn('BunError', project('bun', 'bun.lockb'), { logLevel: nodejs.LogLevel.ERROR, nodeModules: ['delay'] });
fn('BunLock', project('bunlock', 'bun.lock'), { nodeModules: ['delay'] });
fn('OtherLock', project('other', 'other.lock'), { nodeModules: ['delay'] });
fn('ProjectRoot', { entry: 'monorepo/packages/app/handler.ts', depsLockFilePath: 'monorepo/common/package-lock.json', projectRoot: 'monorepo' },
  { externalModules: ['abc'], nodeModules: ['delay'] });
fn('Versions', project('npm', 'package-lock.json'), { nodeModules: ['delay', 'left-pad', 'local-lib', 'abs-lib', 'constructs', 'quoted'] });
fn('BeforeInstall', project('yarn', 'yarn.lock'), {
  nodeModules: ['delay'],
  commandHooks: {
    beforeBundling() { return []; },
    beforeInstall(inputDir, outputDir) { return [`echo before install ${inputDir} ${outputDir}`, 'ls']; },
    afterBundling(inputDir, outputDir) { return [`ls ${outputDir}`]; },
  },
});

app.synth();
