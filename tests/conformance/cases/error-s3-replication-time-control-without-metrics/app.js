// Conformance case 'error-s3-replication-time-control-without-metrics': a replication rule with replicationTimeControl but no metrics
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const destination = new s3.Bucket(stack, 'Destination', { versioned: true });
new s3.Bucket(stack, 'Source', { versioned: true, replicationRules: [{ destination, replicationTimeControl: s3.ReplicationTimeValue.FIFTEEN_MINUTES }] });
app.synth();
