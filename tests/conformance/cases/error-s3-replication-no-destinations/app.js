// Conformance case 'error-s3-replication-no-destinations': grantReplicationPermission with an empty destinations array
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('s3.amazonaws.com') });
new s3.Bucket(stack, 'Bucket').grantReplicationPermission(role, { destinations: [] });
app.synth();
