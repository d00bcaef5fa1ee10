// Conformance case 'error-core-export-value-list-token': exportValue of a list token (a list
// parameter's valueAsList item) without a name: Tokenization.reverse of a string reads string tokens
// only, so aws-cdk-lib's resolveExportedValue error.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const subnets = new cdk.CfnParameter(producer, 'Subnets', { type: 'List<AWS::EC2::Subnet::Id>' });
new cdk.CfnResource(producer, 'R', { type: 'AWS::SNS::Topic' });
producer.exportValue(subnets.valueAsList[0]);
app.synth();
