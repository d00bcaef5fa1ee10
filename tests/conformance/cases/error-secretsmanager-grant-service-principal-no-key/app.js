// Conformance case 'error-secretsmanager-grant-service-principal-no-key': Secret.grantRead to a service
// principal in a stack of a known account, without an encryption key: the principal has no account
// (compared as ''), so it counts as another account
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012' } });
const secret = new sm.Secret(stack, 'Secret');
secret.grantRead(new iam.ServicePrincipal('lambda.amazonaws.com'));
app.synth();
