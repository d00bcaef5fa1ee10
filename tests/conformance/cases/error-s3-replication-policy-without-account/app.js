// Conformance case 'error-s3-replication-policy-without-account': addReplicationPolicy with accessControlTransition and no account
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const destination = new s3.Bucket(stack, 'Destination', { versioned: true });
destination.addReplicationPolicy('arn:aws:iam::111111111111:role/replication', true);
app.synth();
