// Conformance case 'error-kinesis-stream-policy-no-principal': error: stream.addToResourcePolicy of a
// statement without a principal (StreamBase's validation of its own ResourcePolicy's document).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const stream = new kinesis.Stream(stack, 'Stream');
stream.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kinesis:GetRecords'], resources: [stream.streamArn] }));
app.synth();
