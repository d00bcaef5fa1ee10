// Conformance case 'error-iam-statement-from-json-no-action': PolicyStatement.fromJson without Action or NotAction: "Incorrect Policy Statement: A PolicyStatement must specify at least one 'action' or 'notAction'."
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
iam.PolicyStatement.fromJson({ Resource: '*', Effect: 'Allow' });
app.synth();
