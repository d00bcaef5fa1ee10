// Conformance case 'error-s3-replication-role-without-rules': replicationRole without replicationRules
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const destination = new s3.Bucket(stack, 'Destination', { versioned: true });
new s3.Bucket(stack, 'Source', { versioned: true, replicationRole: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('s3.amazonaws.com') }) });
app.synth();
