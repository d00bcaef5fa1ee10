// Conformance case 'error-core-export-string-list-value-literal': exportStringListValue of a literal
// list without a name: aws-cdk-lib's resolveExportedValue error.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
new cdk.CfnResource(producer, 'R', { type: 'AWS::SNS::Topic' });
producer.exportStringListValue(['a', 'b']);
app.synth();
