// Conformance case 'error-events-api-destination-arn-without-name': ApiDestination.fromApiDestinationAttributes of an ARN without a name
// aws-cdk-lib behaviour (aws-events/lib/api-destination.ts; its message's typo kept), no upstream test.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const connection = events.Connection.fromConnectionAttributes(stack, 'Connection', {
  connectionName: 'c', connectionArn: 'arn:aws:events:us-east-1:123456789012:connection/c/1', connectionSecretArn: 'arn:s',
});
events.ApiDestination.fromApiDestinationAttributes(stack, 'Dest', {
  apiDestinationArn: 'arn:aws:events:us-east-1:123456789012:api-destination', connection,
});
app.synth();
