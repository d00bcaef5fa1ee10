// The aws-cdk-lib half of test_nodejs's docker tests: a NodejsFunction bundled with Docker
// ($CDK_DOCKER is the test's fake docker, which records its arguments). Usage:
// node nodejs_docker_oracle.js PROJECT_DIR OUTDIR [SCENARIO] (run from the repository root);
// SCENARIO: options (default: forceDockerBundling and a dockerImage, every esbuild option),
// built-image (aws-cdk-lib's image built, DockerRunOptions), volume-copy (BundlingFileAccess.VOLUME_COPY),
// precompilation (tsc before esbuild, the options of tsconfig.json and what it extends),
// custom-hash (assetHash with Docker options), esbuild-options, lockfiles, metachars (bundling.test.ts's esbuild options, lock files, shell quoting).
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
} else if (scenario === 'custom-hash') {
  // keys in the order of ccdk's bundling options struct (the CUSTOM hash covers the Bundling's JSON)
  new nj.NodejsFunction(stack, 'Fn', {
    entry: 'h.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    architecture: lambda.Architecture.ARM_64,
    bundling: {
      esbuildVersion: '0.25', buildArgs: { HELLO: 'WORLD' },
      commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling: () => ['ls'] },
      environment: { A: '1' }, forceDockerBundling: true, workingDirectory: '/w', user: 'user:group',
      entrypoint: ['/cool/entrypoint'], volumes: [{ hostPath: '/h', containerPath: '/c', consistency: cdk.DockerVolumeConsistency.CACHED }],
      volumesFrom: ['777f7dc92da7'], securityOpt: 'no-new-privileges', network: 'host',
      bundlingFileAccess: cdk.BundlingFileAccess.BIND_MOUNT, assetHash: 'custom',
    },
  });
  new nj.NodejsFunction(stack, 'Fn2', {
    entry: 'h.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    bundling: { forceDockerBundling: true, dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'), assetHash: 'custom' },
  });
} else if (scenario === 'precompilation') {
  new nj.NodejsFunction(stack, 'Fn', {
    entry: 'h.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    bundling: {
      forceDockerBundling: true, dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'),
      preCompilation: true, tsconfig: path.resolve('tsconfig.json'),
    },
  });
} else if (scenario === 'esbuild-options') {
  // bundling.test.ts 'esbuild bundling with esbuild options' (and a log level, a .tsx entry, the
  // default image built for X86_64 with the network)
  new nj.NodejsFunction(stack, 'Fn', {
    entry: 'h.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    bundling: {
      minify: true, sourceMap: true, sourcesContent: false, target: 'es2020', loader: { '.png': 'dataurl' },
      logLevel: nj.LogLevel.SILENT, keepNames: true, tsconfig: 'lib/custom-tsconfig.json', metafile: true,
      banner: '/* comments */', footer: '/* comments */', charset: nj.Charset.UTF8, forceDockerBundling: true,
      dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'), mainFields: ['module', 'main'],
      define: {
        'process.env.KEY': JSON.stringify('VALUE'), 'process.env.BOOL': 'true', 'process.env.NUMBER': '7777',
        'process.env.STRING': JSON.stringify('this is a "test"'),
      },
      format: nj.OutputFormat.ESM, inject: ['./my-shim.js', './path with space/second-shim.js'],
      esbuildArgs: { '--log-limit': '0', '--resolve-extensions': '.ts,.js', '--splitting': true, '--keep-names': '', '--out-extension': '.js=.mjs' },
    },
  });
  new nj.NodejsFunction(stack, 'Tsx', {
    entry: 'lib/index.tsx', runtime: lambda.Runtime.NODEJS_20_X,
    bundling: { forceDockerBundling: true, logLevel: nj.LogLevel.VERBOSE, environment: { KEY: 'value' }, loader: { '.png': 'dataurl' }, network: 'host' },
  });
} else if (scenario === 'lockfiles') {
  // bundling.test.ts 'Detects yarn.lock' / pnpm-lock.yaml / bun.lockb / bun.lock, and a lock file
  // in a folder of the project root ('esbuild bundling with projectRoot and externals and dependencies')
  const image = cdk.DockerImage.fromRegistry('my/esbuild');
  for (const [id, lock] of [['Yarn', 'yarn.lock'], ['Pnpm', 'pnpm-lock.yaml'], ['Bunb', 'bun.lockb'], ['Bun', 'bun.lock']]) {
    new nj.NodejsFunction(stack, id, {
      entry: `${id}/h.ts`, depsLockFilePath: `${id}/${lock}`, runtime: lambda.Runtime.NODEJS_20_X,
      bundling: { forceDockerBundling: true, dockerImage: image, nodeModules: ['left-pad'] },
    });
  }
  new nj.NodejsFunction(stack, 'Common', {
    entry: 'h.ts', depsLockFilePath: 'common/package-lock.json', projectRoot: '.', runtime: lambda.Runtime.NODEJS_20_X,
    bundling: { forceDockerBundling: true, dockerImage: image, externalModules: ['abc'], nodeModules: ['left-pad', 'local-mod', 'esbuild'] },
  });
} else if (scenario === 'metachars') {
  // bundling.test.ts 'shell metacharacter handling': every user value quoted for bash -c
  const P = "foo & echo PWNED";
  new nj.NodejsFunction(stack, 'Fn', {
    entry: 'h.ts', runtime: lambda.Runtime.NODEJS_20_X,
    bundling: {
      forceDockerBundling: true, dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'),
      externalModules: [P, "it's"], define: { [P]: 'bar' }, loader: { [`.${P}`]: 'dataurl' }, inject: [`./${P}.js`],
      esbuildArgs: { '--log-limit': '0 & echo PWNED', '--pure': "a'b", '--x $(id)': true },
      banner: '`echo PWNED`', footer: '$(echo PWNED)', target: 'node20; echo PWNED', mainFields: ['a b', 'c|d'],
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
