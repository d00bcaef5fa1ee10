// Conformance case 'error-core-removal-policies-snapshot': aws-cdk's core removal-policies.test.ts
// tests with RemovalPolicies.of(scope).snapshot(), a stack each: excludeResourceTypes (twice), the
// last of three policies on one resource. SNAPSHOT on types without snapshots: warnings (empty,
// cli), an error under the init flags' @aws-cdk/core:validateSnapshotRemovalPolicy (cli+init).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const res = (scope, id, type) => new cdk.CfnResource(scope, id, { type: type ?? 'AWS::Test::Resource' });

// excludes specified resource types
const s1 = new cdk.Stack(app, 'Exclude');
const p1 = new Construct(s1, 'Parent');
res(p1, 'Bucket', 'AWS::S3::Bucket');
res(p1, 'Table', 'AWS::DynamoDB::Table');
res(p1, 'Resource');
cdk.RemovalPolicies.of(p1).snapshot({ excludeResourceTypes: ['AWS::Test::Resource'] });

// excludes specified resource types using classes
const s2 = new cdk.Stack(app, 'ExcludeClasses');
const p2 = new Construct(s2, 'Parent');
res(p2, 'Bucket', 'AWS::S3::Bucket');
res(p2, 'Table', 'AWS::DynamoDB::Table');
const r2 = res(p2, 'Resource');
cdk.RemovalPolicies.of(p2).snapshot({ excludeResourceTypes: [r2.cfnResourceType] });

// last applied removal policy (one synth)
const s3 = new cdk.Stack(app, 'LastApplied');
const r3 = res(s3, 'Resource');
cdk.RemovalPolicies.of(r3).destroy();
cdk.RemovalPolicies.of(r3).retain();
cdk.RemovalPolicies.of(r3).snapshot();

app.synth();
