// Conformance case 'error-runtime-latest-node-partitions': error: determineLatestNodeRuntime in an
// environment-agnostic stack whose '@aws-cdk/core:target-partitions' context is not a list
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { '@aws-cdk/core:target-partitions': 'aws' } });
const stack = new cdk.Stack(app, 'Stack');
lambda.determineLatestNodeRuntime(stack);

app.synth();
