// Conformance case 'error-core-arn-bad-sep': aws-cdk's core arn.test.ts 'fails if resourcePathSep is
// neither ":" nor "/"': stack.formatArn with sep 'x' (aws-cdk-lib's error, without a path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'Arn', { value: stack.formatArn({ service: 'foo', resource: 'bar', sep: 'x' }) });
app.synth();
