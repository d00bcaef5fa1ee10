// Conformance case 'error-s3-replication-delete-marker-with-tags': a replication rule with deleteMarkerReplication and a tag filter (an empty one too)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const destination = new s3.Bucket(stack, 'Destination', { versioned: true });
new s3.Bucket(stack, 'Source', { versioned: true, replicationRules: [{ destination, deleteMarkerReplication: true, filter: { tags: [] } }] });
app.synth();
