// Conformance case 'error-core-override-logical-id-locked': aws-cdk's core stack.test.ts 'throw error if
// overrideLogicalId is used and logicalId is locked': stack.exportValue of a resource's attribute locks the
// resource's logical id, and a later overrideLogicalId is aws-cdk-lib's error.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const resource = new cdk.CfnResource(producer, 'ResourceXXX', { type: 'AWS::Resource' });
producer.exportValue(resource.getAtt('Att'));
resource.overrideLogicalId('OVERRIDE_LOGICAL_ID');
app.synth();
