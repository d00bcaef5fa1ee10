// Conformance case 'error-logs-grant-arn-principal-not-an-arn': a log group's grant to an
// ArnPrincipal whose value is an account id, not an ARN: the resource policy's
// convertArnPrincipalToAccountId splits it as an ARN (Arn.split), which throws.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new logs.LogGroup(stack, 'Logs').grantWrite(new iam.ArnPrincipal('123456789012'));
app.synth();
