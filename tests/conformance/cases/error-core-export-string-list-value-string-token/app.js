// Conformance case 'error-core-export-string-list-value-string-token': exportStringListValue of a
// one-item list holding a string token (a resource's ref, not a list token): Tokenization.reverse
// of a list reads list tokens only, so aws-cdk-lib's resolveExportedValue error.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const topic = new cdk.CfnResource(producer, 'R', { type: 'AWS::SNS::Topic' });
producer.exportStringListValue([topic.ref]);
app.synth();
