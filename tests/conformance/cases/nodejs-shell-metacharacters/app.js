'use strict';
// bundling.test.ts 'shell metacharacter handling' (local bundling): esbuild runs without a shell,
// so each value reaches it as is (an external module, a define value, an inject path, a banner,
// the entry's folder, with & ; $( ) ` ' in them).
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'src & co/handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: {
    externalModules: ['foo & echo PWNED'],
    define: { 'process.env.STAGE': JSON.stringify("it's; $(echo PWNED) & `echo PWNED`"), STAGE_LABEL: '"a | b"' },
    inject: ['./shim $(echo PWNED).js'],
    banner: "/* banner; echo 'PWNED' & */",
    esbuildArgs: { '--log-limit': '0' },
  },
});

app.synth();
