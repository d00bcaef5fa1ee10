// Conformance case 'unit-core-removal-policies': aws-cdk's core removal-policies.test.ts, a stack
// per test (those with snapshot() are error-core-removal-policies-snapshot): RemovalPolicies.of over
// a construct, applyToResourceTypes, each policy, a child scope's, a resource with a DeletionPolicy
// of its own, priorities (`overwrite` is no prop of 2.276.0: left out); and MissingRemovalPolicies'
// default priority (MUTATING, before an explicit 300).
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const TEST = 'AWS::Test::Resource';
const BUCKET = 'AWS::S3::Bucket';
const TABLE = 'AWS::DynamoDB::Table';
const res = (scope, id, type) => new cdk.CfnResource(scope, id, { type: type ?? TEST });

// applies removal policy to all resources in scope
const s1 = new cdk.Stack(app, 'AllInScope');
const p1 = new Construct(s1, 'Parent');
res(p1, 'Resource1');
res(p1, 'Resource2');
cdk.RemovalPolicies.of(p1).destroy();

// applies removal policy only to specified resource types
const s2 = new cdk.Stack(app, 'OnlyTypes');
const p2 = new Construct(s2, 'Parent');
const bucket2 = res(p2, 'Bucket', BUCKET);
res(p2, 'Table', TABLE);
res(p2, 'Resource');
cdk.RemovalPolicies.of(p2).retain({ applyToResourceTypes: [bucket2.cfnResourceType, TABLE] });

// applies different removal policies
const s3 = new cdk.Stack(app, 'Different');
const destroy = res(s3, 'DestroyResource');
const retain = res(s3, 'RetainResource');
const retainOnUpdate = res(s3, 'RetainOnUpdateResource');
cdk.RemovalPolicies.of(destroy).destroy();
cdk.RemovalPolicies.of(retain).retain();
cdk.RemovalPolicies.of(retainOnUpdate).retainOnUpdateOrDelete();
cdk.RemovalPolicies.of(res(s3, 'Applied')).apply(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);

// child scope and parent scope
const s4 = new cdk.Stack(app, 'ChildScope');
const p4 = new Construct(s4, 'Parent');
const child4 = new Construct(p4, 'Child');
res(p4, 'ParentResource');
res(child4, 'ChildResource');
cdk.RemovalPolicies.of(p4).destroy();
cdk.RemovalPolicies.of(child4).retain();

// a resource with a DeletionPolicy of its own
const s5 = new cdk.Stack(app, 'Existing');
const p5 = new Construct(s5, 'Parent');
res(p5, 'Bucket', BUCKET).applyRemovalPolicy(cdk.RemovalPolicy.RETAIN, { applyToUpdateReplacePolicy: false });
res(p5, 'Table', TABLE);
cdk.RemovalPolicies.of(p5).retainOnUpdateOrDelete();
const p5b = new Construct(s5, 'Missing');
res(p5b, 'Bucket', BUCKET).applyRemovalPolicy(cdk.RemovalPolicy.RETAIN, { applyToUpdateReplacePolicy: false });
res(p5b, 'Table', TABLE);
cdk.MissingRemovalPolicies.of(p5b).retainOnUpdateOrDelete();

// higher priority (lower numeric value) removal policy is applied before lower priority one
const s6 = new cdk.Stack(app, 'Priority');
res(s6, 'PriorityResource');
cdk.RemovalPolicies.of(s6).retainOnUpdateOrDelete({ priority: 250 });
cdk.RemovalPolicies.of(s6).destroy({ priority: 10 });
const s7 = new cdk.Stack(app, 'PriorityOverwrite');
res(s7, 'PriorityResource');
cdk.RemovalPolicies.of(s7).retainOnUpdateOrDelete({ priority: 10 });
cdk.RemovalPolicies.of(s7).destroy({ priority: 250 });

// MissingRemovalPolicies without a priority comes before one of 300 (MUTATING, under any flag)
const s8 = new cdk.Stack(app, 'MissingPriority');
res(s8, 'Resource');
cdk.MissingRemovalPolicies.of(s8).destroy();
cdk.MissingRemovalPolicies.of(s8).retain({ priority: 300 });
// ... and after one of 100
const s9 = new cdk.Stack(app, 'MissingPriorityLow');
res(s9, 'Resource');
cdk.MissingRemovalPolicies.of(s9).destroy();
cdk.MissingRemovalPolicies.of(s9).retain({ priority: 100 });

app.synth();
