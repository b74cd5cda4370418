using Microsoft.AspNetCore.Identity;

namespace DiplomacyTracker.Data.Entities;

/// <summary>A signed-in person allowed to write: add articles, correct, merge, review.</summary>
public class Editor : IdentityUser
{
    public DateTime CreatedUtc { get; set; }
}

/// <summary>One recorded edit: who changed what, when, and the value before and after (JSON).</summary>
public class EditRecord
{
    public long Id { get; set; }

    /// <summary>"Article", "Statement", "Summit", "Actor", "Source".</summary>
    public string EntityType { get; set; } = "";
    public int EntityId { get; set; }

    /// <summary>What was done: "edit", "merge", "delete", "relevance", "review".</summary>
    public string Action { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    public string Editor { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
