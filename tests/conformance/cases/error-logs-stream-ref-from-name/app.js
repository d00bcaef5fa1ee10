// Conformance case 'error-logs-stream-ref-from-name': logStreamRef.logGroupName of a LogStream.fromLogStreamName import
// aws-cdk-lib behaviour (aws-logs/lib/log-stream.ts, fromLogStreamName), no upstream test.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const imported = logs.LogStream.fromLogStreamName(stack, 'Stream', 'my-stream');
new cdk.CfnOutput(stack, 'Group', { value: imported.logStreamRef.logGroupName });
app.synth();
