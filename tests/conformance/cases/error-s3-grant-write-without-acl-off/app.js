// Conformance case 'error-s3-grant-write-without-acl-off': @aws-cdk/aws-s3:grantWriteWithoutAcl is a
// CDK v1 flag that v2 removed; set to false, the grant that reads it throws.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-s3:grantWriteWithoutAcl', false);
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const bucket = new s3.Bucket(stack, 'Bucket');
bucket.grantRead(role); // reads no flag
bucket.grantWrite(role);

app.synth();
