// Conformance case 'error-s3-inventory-id': an inventoryId with a character other than word ones, "." and "-" (thrown while the inventories render)
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dest = new s3.Bucket(stack, 'Dest');
new s3.Bucket(stack, 'Bucket', { inventories: [{ destination: { bucket: dest }, inventoryId: 'bad id!' }] });
app.synth();
